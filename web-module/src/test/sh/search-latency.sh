#!/bin/bash
# Median latency of seven catalog searches against a running AIM Navigator, five requests each,
# with the total and first ids of each answer (to check that two builds answer alike).
# usage: search-latency.sh PORT LABEL     (docs/BENCHMARKS.md, HTTP API, large catalogs by hand)
port=$1
label=${2:-run}
queries=("" "q=machine+learning" "credential=phd&deliveryFormat=online" "q=imaging&sort=tuition"
	"country=US&topic=nlp&maxTuitionUsd=20000" "page=400&sort=name"
	"q=description+imaging&credential=masters&audience=clinician")
for query in "${queries[@]}"; do
	times=()
	for i in 1 2 3 4 5; do
		times+=("$(curl -s -o /dev/null -w '%{time_total}' "http://localhost:$port/api/v1/programs?$query")")
	done
	median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
	answer=$(curl -s "http://localhost:$port/api/v1/programs?$query" | python3 -c \
		"import sys, json; d = json.load(sys.stdin); print(d.get('total'), [i['programId'] for i in d['items']][:3])")
	echo "$label [$query] median ${median}s  $answer"
done
